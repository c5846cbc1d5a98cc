import os
import subprocess as sp

shell = os

__all__ = ["shell", "sp"]
