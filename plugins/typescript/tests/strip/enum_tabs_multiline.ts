	enum E {
		A
	}
