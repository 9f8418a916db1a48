'use strict';

const { isAny, hasCamunda, isCamundaTrue, hasConnector, camunda } = require('../lib/helpers');

/**
 * A service (or send) task that calls a backend has "Asynchronous before" (camunda:asyncBefore="true"):
 * the engine commits the user's step first, so a failing backend (BRP, zaaksysteem, UWV) makes a job
 * that is retried and then shows as an incident, instead of rolling back what the user just submitted.
 * External tasks are asynchronous already. The retry cycle is the engine's (application.yml).
 */
module.exports = function() {

  function check(node, reporter) {
    if (!isAny(node, [ 'bpmn:ServiceTask', 'bpmn:SendTask' ])) {
      return;
    }
    if (camunda(node, 'type') === 'external') {
      return;
    }
    const callsBackend = [ 'class', 'delegateExpression', 'expression' ].some((name) => hasCamunda(node, name))
      || hasConnector(node);
    if (!callsBackend) {
      reporter.report(node.id, 'Geen implementatie: kies een Werkpad-sjabloon (Template)');
    } else if (!isCamundaTrue(node, 'asyncBefore')) {
      reporter.report(node.id, 'Niet "Asynchronous before": een storing van de backend zou de stap van de gebruiker terugdraaien', [ 'asyncBefore' ]);
    }
  }

  return { check };
};
