console.log('never printed');
function (
