'use strict';

const { isAny, hasCamunda } = require('../lib/helpers');

/**
 * Every service task and business rule task uses a Werkpad element template (.camunda/element-templates):
 * the template fixes the bean, the decision and "Asynchronous before", so a designer never types a
 * bean name or a retry cycle. ElementTemplatesTest checks that the template exists and matches.
 */
module.exports = function() {

  function check(node, reporter) {
    if (!isAny(node, [ 'bpmn:ServiceTask', 'bpmn:BusinessRuleTask' ])) {
      return;
    }
    if (!hasCamunda(node, 'modelerTemplate')) {
      reporter.report(node.id, 'Geen Werkpad-sjabloon: kies er een bij Template (Select)', [ 'modelerTemplate' ]);
    }
  }

  return { check };
};
