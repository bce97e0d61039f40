a?.b<number>(1);
new C<string>;
