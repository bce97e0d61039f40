let o = { m(           a        )       {} };
