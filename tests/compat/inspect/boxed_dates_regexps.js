// Boxed primitives, dates and regular expressions (with extra properties).
const util = require('util');
console.log(new Number(3), new Number(-0), new String('boxed'), new Boolean(false));
console.log(Object(Symbol('boxed sym')), Object(10n));
const str = new String('ab');
str.extra = true;
console.log(str);
console.log(util.inspect(new String('xy'), { showHidden: true }));
class MyNumber extends Number {}
console.log(new MyNumber(5));
console.log(new Date(0), new Date('2020-02-29T12:34:56.789Z'));
console.log(new Date(NaN));
const date = new Date(86400000);
date.label = 'day one';
console.log(date);
console.log({ when: new Date(1e12) }, [new Date(-1)]);
class MyDate extends Date {}
console.log(new MyDate(0));
console.log(/abc/g, /[a-z]+\/x/imsuy, new RegExp('a|b', 'd'));
const re = /with props/;
re.lastIndex = 3;
re.note = 'n';
console.log(re);
class MyRegExp extends RegExp {}
console.log(new MyRegExp('x'));
console.log(util.types.isDate(date), util.types.isRegExp(re), util.types.isBoxedPrimitive(str), util.types.isNumberObject(3));
console.log(util.types.isStringObject(Object.create(String.prototype)), util.types.isDate(Object.create(Date.prototype)));
console.log(String(new Date(0).toISOString()), JSON.stringify({ d: new Date(0) }));
