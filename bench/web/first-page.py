# Starts `tellme serve` and fetches its first page as a browser would, printing "wall/cpu": milliseconds from the
# start of the process to the page's last byte, and the CPU time (user + system) the server had used by then.
# One process that has loaded everything it needs before the clock starts, then tries to connect every 2 ms and
# asks for the page once the port is open. (Polling with a new curl every 10 ms, or starting Python with urllib
# after the server — about 0.45 s of CPU on this machine — competed with the server for the two cores and added
# 0.25-0.3 s to what was measured.)
# With "keep" the server is left running and its PID printed after the times ("wall/cpu/pid"), for a load run.
# Usage: python3 first-page.py TELLME BANK PORT PATH LOG [keep]
import http.client, os, socket, subprocess, sys, time

tellme, bank, port, path, log = sys.argv[1], sys.argv[2], int(sys.argv[3]), sys.argv[4], sys.argv[5]
keep = sys.argv[6:] == ["keep"]
tick = os.sysconf("SC_CLK_TCK")
with open(log, "w") as out:
    start = time.monotonic_ns()
    server = subprocess.Popen([tellme, "serve", "--bank", bank, "--port", str(port)], stdout=out, stderr=subprocess.STDOUT, stdin=subprocess.DEVNULL)
    try:
        while True:
            try:
                socket.create_connection(("127.0.0.1", port), timeout=5).close()
                break
            except OSError:
                if server.poll() is not None:
                    sys.exit(1)
                time.sleep(0.002)
        connection = http.client.HTTPConnection("127.0.0.1", port, timeout=120)
        connection.request("GET", path)
        response = connection.getresponse()
        response.read()
        wall = (time.monotonic_ns() - start) // 1_000_000
        with open(f"/proc/{server.pid}/stat") as stat:
            fields = stat.read().rsplit(")", 1)[1].split()
        cpu = (int(fields[11]) + int(fields[12])) * 1000 // tick
        if response.status != 200:
            sys.exit(1)
        print(f"{wall}/{cpu}/{server.pid}" if keep else f"{wall}/{cpu}")
    except BaseException:
        keep = False
        raise
    finally:
        if not keep:
            server.terminate()
            server.wait()
