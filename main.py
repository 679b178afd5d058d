"""Start the Campaign Planner: the window, or a command-line subcommand."""

import sys

if __name__ == "__main__":
    from planner.frozen import prepare

    prepare()  # before matplotlib can be imported
    from planner.app import main

    sys.exit(main(sys.argv[1:]))
