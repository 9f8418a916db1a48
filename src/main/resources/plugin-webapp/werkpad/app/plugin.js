// Werkpad's tab in Cockpit: the figures of "meten" for managers, in Dutch. Plain JavaScript, no build
// step. The figures come from Werkpad's plugin API, which shows a manager only their own municipality.

const PAD = '/werkpad';

function escapeHtml(value) {
  return String(value == null ? '' : value)
    .replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;').replace(/'/g, '&#39;');
}

function getal(value) {
  return value == null ? '–' : Number(value).toLocaleString('nl-NL', {maximumFractionDigits: 1});
}

function vandaag() {
  return new Date().toISOString().substring(0, 10);
}

/** A table of counts with a bar per row, so a manager sees proportions at a glance. */
function aantallenTabel(titel, aantallen, leeg) {
  const rijen = aantallen || [];
  if (!rijen.length) {
    return `<h4>${escapeHtml(titel)}</h4><p class="text-muted">${escapeHtml(leeg || 'Geen.')}</p>`;
  }
  const max = Math.max(...rijen.map(r => r.aantal), 1);
  return `<h4>${escapeHtml(titel)}</h4>
    <table class="table table-condensed werkpad-tabel">
      <thead><tr><th>Omschrijving</th><th class="text-right">Aantal</th><th style="width:40%"></th></tr></thead>
      <tbody>${rijen.map(r => `<tr>
        <td>${escapeHtml(r.omschrijving)}</td>
        <td class="text-right">${getal(r.aantal)}</td>
        <td><div class="werkpad-balk" style="width:${Math.round(100 * r.aantal / max)}%"></div></td>
      </tr>`).join('')}</tbody>
    </table>`;
}

function doorlooptijden(rapport) {
  return `<h4>Doorlooptijden (dagen)</h4>
    <table class="table table-condensed werkpad-tabel">
      <thead><tr><th>Van … tot …</th><th class="text-right">Aantal</th><th class="text-right">Mediaan</th>
        <th class="text-right">90e percentiel</th></tr></thead>
      <tbody>${rapport.doorlooptijden.map(d => `<tr><td>${escapeHtml(d.omschrijving)}</td>
        <td class="text-right">${getal(d.aantal)}</td><td class="text-right">${getal(d.mediaanDagen)}</td>
        <td class="text-right">${getal(d.p90Dagen)}</td></tr>`).join('')}</tbody>
    </table>
    <p>Verwijzingen in de periode: <strong>${getal(rapport.verwijzingen)}</strong>, waarvan over de termijn:
      <strong>${getal(rapport.verwijzingenOverTermijn)}</strong>.</p>`;
}

function routes(rapport) {
  const doel = ['REGULIER_WERK', 'DETACHERING', 'BESCHUT_WERK'];
  const inDoel = rapport.routes.filter(r => doel.includes(r.code));
  const totaal = inDoel.reduce((som, r) => som + r.aantal, 0);
  const overig = rapport.routes.filter(r => !doel.includes(r.code));
  const rij = code => {
    const r = inDoel.find(x => x.code === code);
    const aantal = r ? r.aantal : 0;
    const procent = totaal ? Math.round(100 * aantal / totaal) : 0;
    const naam = {REGULIER_WERK: 'Regulier werk met ondersteuning', DETACHERING: 'Detachering', BESCHUT_WERK: 'Beschut werk'}[code];
    return `<tr><td>${naam}</td><td class="text-right">${getal(aantal)}</td><td class="text-right">${procent}%</td>
      <td><div class="werkpad-doel"><div class="werkpad-balk" style="width:${procent}%"></div>
      <div class="werkpad-streep" title="Doel: een derde"></div></div></td></tr>`;
  };
  return `<h4>Routes tegen het doel (ongeveer een derde elk)</h4>
    <table class="table table-condensed werkpad-tabel">
      <thead><tr><th>Route</th><th class="text-right">Aantal</th><th class="text-right">Aandeel</th><th style="width:40%"></th></tr></thead>
      <tbody>${doel.map(rij).join('')}</tbody>
    </table>
    ${overig.length ? `<p class="text-muted">Andere routes: ${overig.map(r => `${escapeHtml(r.omschrijving)} ${getal(r.aantal)}`).join(', ')}.</p>` : ''}`;
}

function beschutWerk(rapport) {
  const jaar = rapport.selectie.tot.substring(0, 4);
  return `<h4>Beschut werk ${jaar}: plaatsingen tegen de taakstelling</h4>
    <table class="table table-condensed werkpad-tabel">
      <thead><tr><th>Gemeente</th><th class="text-right">Plaatsingen</th><th class="text-right">Taakstelling</th>
        <th class="text-right">Wachtlijst</th><th style="width:30%"></th></tr></thead>
      <tbody>${rapport.beschutWerk.map(t => {
        const procent = t.taakstelling ? Math.min(100, Math.round(100 * t.plaatsingen / t.taakstelling)) : 0;
        return `<tr><td>${escapeHtml(t.naam)}</td><td class="text-right">${getal(t.plaatsingen)}</td>
          <td class="text-right">${t.taakstelling == null ? 'geen' : getal(t.taakstelling)}</td>
          <td class="text-right">${getal(t.wachtlijst)}</td>
          <td>${t.taakstelling ? `<div class="werkpad-doel"><div class="werkpad-balk" style="width:${procent}%"></div></div>` : ''}</td></tr>`;
      }).join('')}</tbody>
    </table>`;
}

function ladder(rapport) {
  const l = rapport.ladder;
  return aantallenTabel('Participatieladder: eerste tegen laatste meting', [
    {omschrijving: 'Gestegen', aantal: l.omhoog},
    {omschrijving: 'Gelijk gebleven', aantal: l.gelijk},
    {omschrijving: 'Gedaald', aantal: l.omlaag}
  ].filter(r => r.aantal > 0), 'Geen klanten met een nieuwe meting in deze periode.');
}

const STIJL = `
  .werkpad { padding: 20px 30px; max-width: 1200px; }
  .werkpad h3 { margin-top: 0; }
  .werkpad .werkpad-filters { margin-bottom: 20px; }
  .werkpad .werkpad-filters label { margin-right: 6px; }
  .werkpad .werkpad-filters .form-control { margin-right: 14px; }
  .werkpad .werkpad-kolommen { display: flex; flex-wrap: wrap; gap: 30px; }
  .werkpad .werkpad-kolommen > div { flex: 1 1 480px; min-width: 380px; }
  .werkpad .werkpad-balk { height: 14px; background: #5b8ab8; border-radius: 2px; }
  .werkpad .werkpad-doel { position: relative; background: #eee; height: 14px; }
  .werkpad .werkpad-streep { position: absolute; left: 33.3%; top: -3px; bottom: -3px; border-left: 2px solid #c0392b; }
  .werkpad .werkpad-tabel td, .werkpad .werkpad-tabel th { vertical-align: middle; }
`;

function pagina(node, api) {
  const basis = `${api.cockpitApi}/plugin/werkpad/${api.engine}/cijfers`;
  const jaar = new Date().getFullYear();
  node.innerHTML = `<style>${STIJL}</style>
    <div class="werkpad">
      <h3>Werkpad: cijfers</h3>
      <form class="form-inline werkpad-filters">
        <label for="werkpad-gemeente">Gemeente</label>
        <select id="werkpad-gemeente" class="form-control"></select>
        <label for="werkpad-van">Van</label>
        <input id="werkpad-van" type="date" class="form-control" value="${jaar}-01-01">
        <label for="werkpad-tot">Tot en met</label>
        <input id="werkpad-tot" type="date" class="form-control" value="${vandaag()}">
        <button type="submit" class="btn btn-primary">Toon cijfers</button>
        <a id="werkpad-csv" class="btn btn-default" href="#">Download CSV (Excel)</a>
      </form>
      <div id="werkpad-melding"></div>
      <div id="werkpad-cijfers"></div>
    </div>`;
  const gemeente = node.querySelector('#werkpad-gemeente');
  const van = node.querySelector('#werkpad-van');
  const tot = node.querySelector('#werkpad-tot');
  const csv = node.querySelector('#werkpad-csv');
  const melding = node.querySelector('#werkpad-melding');
  const cijfers = node.querySelector('#werkpad-cijfers');
  let gemeentenGeladen = false;

  const query = () => {
    const params = new URLSearchParams({van: van.value, tot: tot.value});
    if (gemeente.value) {
      params.set('gemeente', gemeente.value);
    }
    return params.toString();
  };

  const laad = async () => {
    melding.innerHTML = '';
    cijfers.innerHTML = '<p class="text-muted">Cijfers worden geladen…</p>';
    csv.href = `${basis}/csv?${query()}`;
    try {
      const antwoord = await fetch(`${basis}?${query()}`, {
        credentials: 'same-origin',
        headers: {Accept: 'application/json', 'X-XSRF-TOKEN': api.CSRFToken}
      });
      const body = await antwoord.json();
      if (!antwoord.ok) {
        cijfers.innerHTML = '';
        melding.innerHTML = `<div class="alert alert-warning">${escapeHtml(body.message || 'De cijfers zijn niet op te halen.')}</div>`;
        return;
      }
      if (!gemeentenGeladen) {
        const lijst = body.toegestaneGemeenten;
        gemeente.innerHTML = (lijst.length > 1 ? '<option value="">Alle gemeenten</option>' : '')
          + lijst.map(g => `<option value="${escapeHtml(g.code)}">${escapeHtml(g.naam)}</option>`).join('');
        gemeente.disabled = lijst.length === 1;
        gemeentenGeladen = true;
      }
      const r = body.rapport;
      cijfers.innerHTML = `
        <p>Periode ${escapeHtml(r.selectie.van)} tot en met ${escapeHtml(r.selectie.tot)};
          ${r.selectie.gemeenten.length === 1 ? 'gemeente ' + escapeHtml(gemeente.selectedOptions[0] ? gemeente.selectedOptions[0].text : r.selectie.gemeenten[0])
            : escapeHtml(r.selectie.gemeenten.length) + ' gemeenten'}.
          "Nu" telt de klantreizen die op dit moment lopen.</p>
        <div class="werkpad-kolommen">
          <div>${aantallenTabel('Nu in elke fase', r.fasen, 'Er lopen geen klantreizen.')}
            ${aantallenTabel('Nu in een traject, per instrument', r.instrumenten, 'Nu geen klanten in een traject.')}
            <p>Nu op de wachtlijst beschut werk: <strong>${getal(r.wachtlijstBeschutWerk)}</strong>.</p>
            ${aantallenTabel('Wsw-dienstverbanden per werkvorm', r.wswWerkvormen, 'Geen lopende Wsw-dienstverbanden.')}</div>
          <div>${doorlooptijden(r)}
            ${aantallenTabel('Uitkomsten van trajecten', r.uitkomsten, 'Geen uitkomsten in deze periode.')}
            ${aantallenTabel('Gestopt, met reden', r.stopredenen, 'Niemand gestopt in deze periode.')}
            ${aantallenTabel('Afgesloten klantreizen', r.afgeslotenKlantreizen, 'Geen klantreizen afgesloten in deze periode.')}</div>
          <div>${routes(r)}${beschutWerk(r)}</div>
          <div>${ladder(r)}</div>
        </div>`;
    } catch (e) {
      cijfers.innerHTML = '';
      melding.innerHTML = '<div class="alert alert-danger">De cijfers zijn niet op te halen. Probeer het later opnieuw.</div>';
    }
  };

  node.querySelector('form').addEventListener('submit', event => {
    event.preventDefault();
    laad();
  });
  laad();
}

export default [
  {
    id: 'werkpad.navigation',
    pluginPoint: 'cockpit.navigation',
    priority: 10,
    properties: {
      pagePath: '#' + PAD,
      label: 'Werkpad',
      checkActive: path => path.indexOf('#' + PAD) > -1
    }
  },
  {
    id: 'werkpad.cijfers',
    pluginPoint: 'cockpit.route',
    priority: 10,
    properties: {path: PAD, label: PAD},
    render: (node, {api}) => pagina(node, api)
  }
];
