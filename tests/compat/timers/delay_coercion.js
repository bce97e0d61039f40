const order = [];
setTimeout(() => order.push('neg'), -5);
setTimeout(() => order.push('nan'), NaN);
setTimeout(() => order.push('str'), '3');
setTimeout(() => order.push('zero'), 0);
setTimeout(() => console.log(order.join(',')), 20);
