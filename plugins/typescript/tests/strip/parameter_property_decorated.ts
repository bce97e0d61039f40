class C { constructor(@d public x) {} }
