'use strict';

/**
 * Helpers shared by the Werkpad rules. The command line reads models with plain bpmn-moddle, which
 * keeps Camunda attributes as strings in $attrs; Camunda Modeler knows the Camunda extension and
 * gives typed properties (asyncBefore is then a boolean). Every helper accepts both.
 */

/** True when the node is of the given BPMN type (or a subtype). */
function is(node, type) {
  return !!node && typeof node.$instanceOf === 'function' && node.$instanceOf(type);
}

/** True when the node is of one of the given types. */
function isAny(node, types) {
  return types.some((type) => is(node, type));
}

/** The value of the attribute camunda:<name>, or undefined. */
function camunda(node, name) {
  const qualified = 'camunda:' + name;
  let value;
  try {
    value = node.get(qualified);
  } catch (e) {
    // a moddle without the Camunda extension may refuse unknown properties
  }
  if ((value === undefined || value === null) && node.$attrs) {
    value = node.$attrs[qualified];
  }
  return value === null ? undefined : value;
}

/** True when camunda:<name> is set to a non-blank value. */
function hasCamunda(node, name) {
  const value = camunda(node, name);
  return value !== undefined && String(value).trim() !== '';
}

/** True when camunda:<name> is true (the boolean or the string "true"). */
function isCamundaTrue(node, name) {
  const value = camunda(node, name);
  return value === true || value === 'true';
}

/** The extension elements of a node (any namespace), as an array. */
function extensionValues(node) {
  const extensions = node.extensionElements;
  return (extensions && extensions.values) || [];
}

/** True when the node has a camunda:connector extension element. */
function hasConnector(node) {
  return extensionValues(node).some((value) => {
    const type = value.$type || '';
    return type === 'camunda:Connector' || /(^|:)connector$/i.test(type);
  });
}

module.exports = {
  is,
  isAny,
  camunda,
  hasCamunda,
  isCamundaTrue,
  hasConnector
};
