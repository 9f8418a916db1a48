'use strict';

const { is, hasCamunda } = require('../lib/helpers');

/**
 * Every user task has a form (camunda:formRef, a Camunda Form from bpmn/forms bound "latest", or
 * camunda:formKey): without one Tasklist shows an empty page and the user cannot do the work.
 */
module.exports = function() {

  function check(node, reporter) {
    if (!is(node, 'bpmn:UserTask')) {
      return;
    }
    if (!hasCamunda(node, 'formRef') && !hasCamunda(node, 'formKey')) {
      reporter.report(node.id, 'Geen formulier: vul "Form reference" in (het id van een formulier in bpmn/forms, binding latest)', [ 'formRef' ]);
    }
  }

  return { check };
};
