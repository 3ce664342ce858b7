/// `loa web`: the officer's console. Filled in by the console's own files (Server/, Pages/, Accounts/).
public enum WebConsole {}
