'use strict';

/**
 * Werkpad's modelling conventions as bpmnlint rules. The same rules are checked by the command line
 * (`npm run lint`, and BpmnLintTest in the Maven build) and, once bundled, in Camunda Modeler; see
 * docs/ontwerpers/sjablonen-en-lint.md. ModelQualityTest checks the same conventions from Java.
 */
module.exports = {
  configs: {
    recommended: {
      rules: {
        'label-required': 'error',
        'id-conventions': 'error',
        'service-task-async-before': 'error',
        'user-task-form': 'error',
        'history-time-to-live': 'error',
        'element-template-required': 'error'
      }
    }
  }
};
