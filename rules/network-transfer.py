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

# Remote commands and SFTP transfers take the host of the connect() before them.
# ruleid: network.ssh.command host=backup.example.net
client.exec_command("tar czf - /srv | cat > /dev/null")
# ruleid: network.ssh.command host=backup.example.net
client.open_sftp().put("dump.sql", "/backups/dump.sql")


def push(path, user_cmd):
    ssh = paramiko.client.SSHClient()
    # ruleid: network.ssh host=203.0.113.61
    ssh.connect("203.0.113.61", username="u")
    # ruleid: network.ssh.command host=203.0.113.61
    ssh.exec_command(user_cmd)
    # ruleid: network.ssh host=sftp.example.net
    t = paramiko.Transport(("sftp.example.net", 22))
    # ruleid: network.ssh.command host=sftp.example.net
    t.connect(username="u", password=os.environ["SFTP_PASSWORD"])
    sftp = paramiko.SFTPClient.from_transport(t)
    # ruleid: network.ssh.command host=sftp.example.net
    sftp.get("/remote/x", path)


# ok: network.ssh.command
client.set_missing_host_key_policy(paramiko.RejectPolicy())

from pyghmi.ipmi import command

# ruleid: network.ipmi host=bmc.example.net
bmc = command.Command(bmc="bmc.example.net", userid="admin", password=os.environ["BMC_PASSWORD"])
# ruleid: network.ipmi host=bmc.example.net
bmc.set_power("off")
