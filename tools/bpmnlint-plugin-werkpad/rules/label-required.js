'use strict';

const { is, isAny } = require('../lib/helpers');

/**
 * Every flow node has a Dutch label: Tasklist, Cockpit and the history show the name, and an unnamed
 * step means nothing to a klantmanager or a manager. Start and end events and parallel gateways are
 * clear from their symbol and may go without.
 */
module.exports = function() {

  function check(node, reporter) {
    if (!is(node, 'bpmn:FlowNode')) {
      return;
    }
    if (isAny(node, [ 'bpmn:StartEvent', 'bpmn:EndEvent', 'bpmn:ParallelGateway' ])) {
      return;
    }
    if (!(node.name || '').trim()) {
      reporter.report(node.id, 'Geen label: geef dit element een Nederlandse naam', [ 'name' ]);
    }
  }

  return { check };
};
