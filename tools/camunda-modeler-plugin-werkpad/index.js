'use strict';

// Camunda Modeler plugin entry point (resources/plugins/<folder>/index.js). The script is built by
// `npm run build` (build.js) from the repository's .bpmnlintrc; see docs/ontwerpers/sjablonen-en-lint.md.
module.exports = {
  name: 'Werkpad lint-regels',
  script: './client/client.js'
};
