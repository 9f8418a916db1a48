/*
 * Copyright Camunda Services GmbH and/or licensed to Camunda Services GmbH
 * under one or more contributor license agreements. See the NOTICE file
 * distributed with this work for additional information regarding copyright
 * ownership. Camunda licenses this file to you under the Apache License,
 * Version 2.0; you may not use this file except in compliance with the License.
 * You may obtain a copy of the License at
 *
 *     http://www.apache.org/licenses/LICENSE-2.0
 *
 * Unless required by applicable law or agreed to in writing, software
 * distributed under the License is distributed on an "AS IS" BASIS,
 * WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
 * See the License for the specific language governing permissions and
 * limitations under the License.
 */

export default {
  // change the app name and vendor
  // app: {
  //   name: 'Todos',
  //   vendor: 'Company'
  // },
  //
  // configure the date format
  // "dateFormat": {
  //   "normal": "LLL",
  //   "long":   "LLLL"
  // },
  //
  // Werkpad: Tasklist is Dutch for everyone.
  //
  // How Tasklist 7.24 picks its language (camunda-tasklist-bootstrap.js, the
  // $translateProvider config): it takes the browser's first preferred language
  // (navigator.languages[0], minus the region, so "en-US" -> "en") and uses it
  // if it is in availableLocales; only otherwise does it use fallbackLocale.
  // The choice is not stored (no angular-translate storage, no $translate.use
  // call) and Tasklist has no language switch for users.
  //
  // So with ["nl", "en"] a browser set to English would still get English.
  // To make Dutch the language for every newcomer, "nl" is the only available
  // locale; "nl" is also the fallback. To offer English again, add "en" here
  // (browsers that prefer English then get English).
  locales: {
    availableLocales: ['nl'],
    fallbackLocale: 'nl'
  },

  // customScripts: [
  //   // If you have a folder called 'my-custom-script' (in the 'tasklist' folder)
  //   // with a file called 'customScript.js' in it
  //   // 'my-custom-script/customScript'
  // ],
  // requireJsConfig: {
  //   // AngularJS module names
  //   ngDeps: ['ui.bootstrap'],
  //   // RequireJS configuration for a complete configuration documentation see:
  //   // http://requirejs.org/docs/api.html#config
  //   deps: ['jquery', 'custom-ui'],
  //   paths: {
  //     // if you have a folder called `custom-ui` (in the `scripts` folder)
  //     // with a file called `scripts.js` in it and defining the `custom-ui` AMD module
  //     'custom-ui': 'custom-ui/scripts'
  //   }
  // },
  // csrfCookieName: 'XSRF-TOKEN',
  // disableWelcomeMessage: false,
  // assignProcessInstanceIdToTaskComment: true,

  shortcuts: {
    claimTask: {
      key: 'ctrl+alt+c',
      description: 'claimt de geselecteerde taak'
    },
    focusFilter: {
      key: 'ctrl+shift+f',
      description: 'zet de focus op het eerste filter in de lijst'
    },
    focusList: {
      key: 'ctrl+alt+l',
      description: 'zet de focus op de eerste taak in de lijst'
    },
    focusForm: {
      key: 'ctrl+alt+f',
      description: 'zet de focus op het eerste invoerveld van het taakformulier'
    },
    startProcess: {
      key: 'ctrl+alt+p',
      description: 'opent het venster om een proces te starten'
    }
  }
};
