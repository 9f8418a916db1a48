'use strict';

const { is } = require('../lib/helpers');

/**
 * Ids say what an element is (they appear in logs, Cockpit, the REST API and tests): prefixed by the
 * element's type and meaningful, e.g. UserTask_BredeIntake, Gateway_TrajectNodig, Flow_NaarIntake.
 * Ids that Camunda Modeler generates (Activity_0x8f2ab, Gateway_1abc2de) are refused.
 * The same convention as ModelQualityTest.
 */

// The most specific type first: a BoundaryEvent is no IntermediateCatchEvent, but check in order.
const PREFIXES = [
  [ 'bpmn:StartEvent', [ 'StartEvent_' ] ],
  [ 'bpmn:EndEvent', [ 'EndEvent_' ] ],
  [ 'bpmn:BoundaryEvent', [ 'BoundaryEvent_' ] ],
  [ 'bpmn:IntermediateCatchEvent', [ 'IntermediateCatchEvent_', 'Event_' ] ],
  [ 'bpmn:IntermediateThrowEvent', [ 'IntermediateThrowEvent_', 'Event_' ] ],
  [ 'bpmn:UserTask', [ 'UserTask_' ] ],
  [ 'bpmn:ServiceTask', [ 'ServiceTask_' ] ],
  [ 'bpmn:SendTask', [ 'SendTask_' ] ],
  [ 'bpmn:ReceiveTask', [ 'ReceiveTask_' ] ],
  [ 'bpmn:BusinessRuleTask', [ 'BusinessRuleTask_' ] ],
  [ 'bpmn:ScriptTask', [ 'ScriptTask_' ] ],
  [ 'bpmn:ManualTask', [ 'ManualTask_', 'Task_' ] ],
  [ 'bpmn:CallActivity', [ 'CallActivity_' ] ],
  [ 'bpmn:Transaction', [ 'Transaction_', 'SubProcess_' ] ],
  [ 'bpmn:SubProcess', [ 'SubProcess_' ] ],
  [ 'bpmn:Gateway', [ 'Gateway_' ] ],
  [ 'bpmn:Task', [ 'Task_' ] ],
  [ 'bpmn:SequenceFlow', [ 'Flow_' ] ]
];

/** An id as Modeler generates it: a prefix, an underscore and seven random characters. */
const GENERATED_ID = /_[0-9][a-z0-9]{6}$/;

module.exports = function() {

  function check(node, reporter) {
    const entry = PREFIXES.find(([ type ]) => is(node, type));
    if (!entry) {
      return;
    }
    const id = node.id || '';
    const prefixes = entry[1];
    if (!prefixes.some((prefix) => id.startsWith(prefix))) {
      reporter.report(id, 'Id moet beginnen met ' + prefixes.join(' of ') + ', gevolgd door een betekenisvolle naam', [ 'id' ]);
    } else if (GENERATED_ID.test(id)) {
      reporter.report(id, 'Gegenereerd id (standaard van Modeler): geef een betekenisvol id, zoals ' + prefixes[0] + 'BredeIntake', [ 'id' ]);
    }
  }

  return { check };
};
