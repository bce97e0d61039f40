export module M { }
