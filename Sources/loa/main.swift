import LoaCLI

LoaCommand.run()
