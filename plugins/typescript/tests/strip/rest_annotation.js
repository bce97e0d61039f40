function f(...args          )       {}
const g = (...xs          ) => xs;
