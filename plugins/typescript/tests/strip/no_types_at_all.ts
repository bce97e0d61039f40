console.log("plain js");
