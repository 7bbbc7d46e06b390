from trdjournal.cli import main

main()
