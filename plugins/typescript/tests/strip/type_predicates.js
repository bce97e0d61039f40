function assertIsString(val     )                        {}
function isS(val     )                { return true }
