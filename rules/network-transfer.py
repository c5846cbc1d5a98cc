"""Fixture for FTP, SSH and Telnet rules (never executed)."""
import ftplib
import os
import telnetlib
from ftplib import FTP_TLS

import paramiko

# ruleid: network.ftp host=ftp.example.net creds=FTP_PASSWORD
ftp = ftplib.FTP("ftp.example.net", "user", os.environ["FTP_PASSWORD"])
with open("dump.sql", "rb") as fh:
    # ruleid: network.ftp
    ftp.storbinary("STOR dump.sql", fh)
# ruleid: network.ftp
tls = FTP_TLS("ftps.example.net")

client = paramiko.SSHClient()
# ruleid: network.ssh
client.connect("backup.example.net", username="svc")

# ruleid: network.telnet
tn = telnetlib.Telnet("device.example.net")

# ok: network.ftp
print("ftplib.FTP('x')")
