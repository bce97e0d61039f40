const x = tag        `hello`;
