const x = tag<string>`hello`;
