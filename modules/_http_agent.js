'use strict';
// node:_http_agent, the public alias Node keeps for http.Agent.
const { Agent, globalAgent } = require('internal/http/agent');

module.exports = {
  Agent: Agent,
  get globalAgent() {
    return globalAgent.current;
  },
};
