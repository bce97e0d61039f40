// net.isIP, isIPv4 and isIPv6 on valid and invalid literals.
const net = require('net');

const inputs = ['127.0.0.1', '0.0.0.0', '255.255.255.255', '256.0.0.1', '01.2.3.4', '1.2.3', '1.2.3.4.5',
  '::', '::1', '2001:db8::1', 'fe80::1%eth0', '::ffff:127.0.0.1', '1:2:3:4:5:6:7:8', '1:2:3:4:5:6:7:8:9',
  '1::2::3', ':::1', '12345::', 'localhost', '', ' 127.0.0.1', '2001:db8:0:0:0:0:2:1', 'abcd::1.2.3.4', 42, null];
for (const input of inputs) {
  console.log(JSON.stringify(input), net.isIP(input), net.isIPv4(input), net.isIPv6(input));
}
