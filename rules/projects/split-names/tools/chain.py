from .compat import shell

run_shell = shell.system
