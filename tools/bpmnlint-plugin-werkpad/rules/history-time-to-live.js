'use strict';

const { is, hasCamunda } = require('../lib/helpers');

/**
 * Every executable process has a "History time to live" (camunda:historyTimeToLive): without one the
 * engine refuses the deployment, and the history would grow forever.
 */
module.exports = function() {

  function check(node, reporter) {
    if (!is(node, 'bpmn:Process') || !node.isExecutable) {
      return;
    }
    if (!hasCamunda(node, 'historyTimeToLive')) {
      reporter.report(node.id, 'Geen "History time to live": vul de bewaartermijn in dagen in', [ 'historyTimeToLive' ]);
    }
  }

  return { check };
};
