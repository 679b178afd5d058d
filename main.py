"""Start the Campaign Planner: the window, or a command-line subcommand."""

import sys

if __name__ == "__main__":
    if getattr(sys, "frozen", False):  # a chart worker the frozen app started (spawn):
        import multiprocessing  # it runs its job loop here and exits

        multiprocessing.freeze_support()
    from planner.frozen import prepare

    prepare()  # before matplotlib can be imported
    from planner.cli import main

    sys.exit(main(sys.argv[1:]))
