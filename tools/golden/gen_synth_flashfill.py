"""Dev tasks for general string programs (FlashFill-style extraction and reshaping): pieces of
log lines, paths, URLs, key=value strings, codes in free text, delimited lists, identifiers
with prefixes, reordered parts.

Written from situations a data engineer meets, before the FlashFill mechanism
(core/mapping/synth/flashfill.py) was tuned, without looking at the blind set. Used by
gen_synth_families.tasks() (dev split).
"""

from __future__ import annotations

import re

from synth_common import Task


def tasks() -> list[Task]:
    """The FlashFill probe tasks (category ``ff``)."""
    T = []
    T.append(Task("ff_log_level_01", "ff", "Log level from a bracketed log line.", ["line"],
                  ["2024-03-05 10:00:01 [INFO] service started", "2024-03-05 10:00:02 [WARN] slow disk",
                   "2024-03-06 11:12:13 [ERROR] failed to bind port", "2023-12-31 23:59:59 [DEBUG] tick",
                   "2024-01-01 00:00:00 [INFO] new year", "2024-02-29 12:00:00 [FATAL] crash",
                   "2024-07-04 08:30:00 [WARN] retrying"], lambda s: s.split("[")[1].split("]")[0]))
    T.append(Task("ff_log_time_02", "ff", "Time of day from a log line.", ["line"],
                  ["2024-03-05 10:00:01 [INFO] service started", "2024-03-05 10:00:02 [WARN] slow disk",
                   "2024-03-06 11:12:13 [ERROR] failed to bind port", "2023-12-31 23:59:59 [DEBUG] tick",
                   "2024-01-01 00:00:00 [INFO] new year", "2024-02-29 12:00:00 [FATAL] crash",
                   "2024-07-04 08:30:00 [WARN] retrying"], lambda s: s.split()[1]))
    T.append(Task("ff_log_message_03", "ff", "Message after the level of a log line.", ["line"],
                  ["2024-03-05 10:00:01 [INFO] service started", "2024-03-05 10:00:02 [WARN] slow disk",
                   "2024-03-06 11:12:13 [ERROR] failed to bind port", "2023-12-31 23:59:59 [DEBUG] tick",
                   "2024-01-01 00:00:00 [INFO] new year", "2024-02-29 12:00:00 [FATAL] crash",
                   "2024-07-04 08:30:00 [WARN] retrying"], lambda s: s.split("] ", 1)[1]))
    T.append(Task("ff_access_log_path_04", "ff", "Request path from an access log line.", ["line"],
                  ['10.0.0.1 - - "GET /index.html HTTP/1.1" 200',
                   '192.168.1.20 - - "POST /api/v1/login HTTP/1.1" 401',
                   '172.16.0.5 - - "GET /static/css/app.css HTTP/2.0" 304',
                   '10.0.0.9 - - "DELETE /api/v1/items/7 HTTP/1.1" 204',
                   '8.8.8.8 - - "GET / HTTP/1.0" 200', '10.1.2.3 - - "PUT /users/42/avatar HTTP/1.1" 201',
                   '127.0.0.1 - - "GET /health HTTP/1.1" 200'], lambda s: s.split('"')[1].split()[1]))
    T.append(Task("ff_path_second_dir_05", "ff", "Second directory of an absolute path.", ["path"],
                  ["/data/sales/2024/q1.csv", "/data/hr/people.csv", "/mnt/backup/db/dump.sql",
                   "/srv/www/site/index.html", "/home/ann/docs/cv.pdf", "/var/log/nginx/access.log",
                   "/opt/tools/bin/run"], lambda s: s.split("/")[2]))
    T.append(Task("ff_path_parent_dir_06", "ff", "Name of the folder holding the file.", ["path"],
                  ["/data/sales/2024/q1.csv", "/data/hr/people.csv", "/mnt/backup/db/dump.sql",
                   "/srv/www/site/index.html", "/home/ann/docs/cv.pdf", "/var/log/nginx/access.log",
                   "/opt/tools/bin/run"], lambda s: s.split("/")[-2]))
    T.append(Task("ff_url_domain_no_www_07", "ff", "Domain of a URL without a leading www.", ["url"],
                  ["https://www.example.com/a", "http://www.shop.de/cart?x=1", "https://www.news.co.uk/world/europe",
                   "https://www.acme-corp.io/", "http://www.wiki.org/Main_Page", "https://www.data.gov/datasets",
                   "https://www.my-site.net/blog/post-1"], lambda s: re.match(r"https?://www\.([^/]+)", s).group(1)))
    T.append(Task("ff_url_last_segment_08", "ff", "Last path segment of a URL (no query).", ["url"],
                  ["https://x.com/products/shoes/red-sneaker?ref=home", "https://shop.de/p/blue-shirt",
                   "http://a.org/docs/intro?lang=en", "https://b.io/team/ann-lee", "https://c.net/a/b/c/d-e?f=g",
                   "https://d.com/blog/2024/hello-world", "http://e.org/items/item-42?x=1"],
                  lambda s: s.split("?")[0].rsplit("/", 1)[1]))
    T.append(Task("ff_kv_user_09", "ff", "Value of user= in a space-separated key=value line.", ["line"],
                  ["ts=1700000000 user=alice action=login", "ts=1700000100 user=bob action=logout",
                   "ts=1700000200 user=carol_x action=upload size=12", "ts=1700000300 user=dave action=login",
                   "ts=1700000400 user=eve.m action=delete", "ts=1700000500 user=frank action=login ip=1.2.3.4",
                   "ts=1700000600 user=g0 action=view"], lambda s: re.search(r"user=(\S+)", s).group(1)))
    T.append(Task("ff_kv_second_value_10", "ff", "Value of the second key=value pair of a '&' query.", ["query"],
                  ["a=1&b=2&c=3", "name=ann&age=34", "x=foo&y=bar&z=baz", "q=shoes&page=2", "k=v&l=w&m=n&o=p",
                   "id=7&mode=full", "lang=de&region=eu&v=2"], lambda s: s.split("&")[1].split("=")[1]))
    T.append(Task("ff_order_no_in_text_11", "ff", "Order number in a free-text note.", ["note"],
                  ["Customer called about order #48213, wants refund", "Re order #1007 - shipped late",
                   "please cancel order #990 asap", "order #55512 delivered to neighbour",
                   "Complaint: order #31 damaged box", "Gift wrap for order #77001 please",
                   "Address change on order #6120"], lambda s: re.search(r"#(\d+)", s).group(1)))
    T.append(Task("ff_invoice_code_in_text_12", "ff", "Invoice code (INV-digits) in free text.", ["text"],
                  ["Payment for INV-2024-0042 received", "See INV-2023-1187 attached", "INV-2024-0001 is overdue",
                   "Reminder: INV-2022-0999 unpaid", "credit note for INV-2024-0310", "Paid INV-2021-0077 twice",
                   "Dispute on INV-2024-1200 opened"], lambda s: re.search(r"INV-\d+-\d+", s).group(0)))
    T.append(Task("ff_list_first_item_13", "ff", "First item of a semicolon list, trimmed.", ["tags"],
                  ["red; green; blue", "alpha;beta", "one ; two ; three ; four", "solo", "x; y",
                   "north; south; east", "cat ;dog"], lambda s: s.split(";")[0].strip()))
    T.append(Task("ff_list_last_item_14", "ff", "Last item of a comma list, trimmed.", ["items"],
                  ["apples, pears, plums", "milk, bread", "a, b, c, d", "tea", "red, blue", "x, y, z, w, v",
                   "north, south"], lambda s: s.split(",")[-1].strip()))
    T.append(Task("ff_prefix_strip_15", "ff", "Identifier without its prefix and underscore.", ["id"],
                  ["cust_10042", "cust_7", "cust_998877", "cust_12", "cust_500", "cust_3141", "cust_27"],
                  lambda s: s.split("_", 1)[1]))
    T.append(Task("ff_prefix_swap_16", "ff", "Prefix changed from 'usr-' to 'U'.", ["id"],
                  ["usr-1001", "usr-42", "usr-77777", "usr-5", "usr-300", "usr-2024", "usr-81"],
                  lambda s: "U" + s.split("-")[1]))
    T.append(Task("ff_reorder_code_17", "ff", "Reorder 'AREA-NUM-YEAR' to 'YEAR/AREA/NUM'.", ["code"],
                  ["NE-0042-2021", "SW-1187-2019", "NW-0001-2024", "SE-0999-2020", "N-0310-2022", "S-0077-2018",
                   "E-1200-2023"], lambda s: "/".join([s.split("-")[2], s.split("-")[0], s.split("-")[1]])))
    T.append(Task("ff_email_user_domain_18", "ff", "User and domain of an e-mail as 'domain\\user'.", ["email"],
                  ["ann@corp.local", "bob.smith@ad.example", "c.lee@sales.acme", "dave@hq", "eve_m@corp.local",
                   "frank1@lab.example", "gina@ops.acme"],
                  lambda s: s.split("@")[1].split(".")[0].upper() + "\\" + s.split("@")[0]))
    T.append(Task("ff_paren_content_19", "ff", "Text inside the parentheses.", ["label"],
                  ["Berlin (BER)", "New York City (JFK)", "Paris (CDG)", "Los Angeles (LAX)", "Rome (FCO)",
                   "São Paulo (GRU)", "Hong Kong (HKG)"], lambda s: s.split("(")[1].rstrip(")")))
    T.append(Task("ff_before_paren_20", "ff", "Name before the parenthesized code.", ["label"],
                  ["Berlin (BER)", "New York City (JFK)", "Paris (CDG)", "Los Angeles (LAX)", "Rome (FCO)",
                   "São Paulo (GRU)", "Hong Kong (HKG)"], lambda s: s.split(" (")[0]))
    T.append(Task("ff_host_port_21", "ff", "Port of a host:port pair.", ["addr"],
                  ["db01.internal:5432", "10.0.0.7:6379", "cache:11211", "api.example.com:443", "localhost:8080",
                   "mq-2.prod:5672", "192.168.0.1:22"], lambda s: s.rsplit(":", 1)[1]))
    T.append(Task("ff_s3_bucket_22", "ff", "Bucket of an S3 URI.", ["uri"],
                  ["s3://raw-data/2024/03/file.parquet", "s3://logs-prod/app/x.gz", "s3://my.bucket/key",
                   "s3://archive-eu-1/a/b/c/d.csv", "s3://tmp/x", "s3://ml-models/v2/model.bin",
                   "s3://backup-2024/db/dump.sql.gz"], lambda s: s[5:].split("/")[0]))
    T.append(Task("ff_s3_key_23", "ff", "Object key of an S3 URI.", ["uri"],
                  ["s3://raw-data/2024/03/file.parquet", "s3://logs-prod/app/x.gz", "s3://my.bucket/key",
                   "s3://archive-eu-1/a/b/c/d.csv", "s3://tmp/x", "s3://ml-models/v2/model.bin",
                   "s3://backup-2024/db/dump.sql.gz"], lambda s: s[5:].split("/", 1)[1]))
    T.append(Task("ff_version_in_filename_24", "ff", "Version number in a package file name.", ["file"],
                  ["mytool-1.4.2-linux-amd64.tar.gz", "libfoo-0.9.0-win64.zip", "agent-12.0.1-darwin-arm64.pkg",
                   "cli-2.10.3-linux-arm.tar.gz", "x-1.0.0-any.whl", "server-3.2.11-linux-amd64.deb",
                   "db-8.0.36-linux-x86.rpm"], lambda s: re.search(r"-(\d+\.\d+\.\d+)-", s).group(1)))
    T.append(Task("ff_branch_ticket_25", "ff", "Ticket from a git branch name, upper-cased.", ["branch"],
                  ["feature/abc-123-add-login", "bugfix/xyz-7-fix-crash", "feature/data-4410-nightly",
                   "hotfix/ops-99-rollback", "feature/web-88-new-footer", "chore/sec-12-deps",
                   "bugfix/hr-305-typo"], lambda s: re.search(r"/([a-z]+-\d+)", s).group(1).upper()))
    T.append(Task("ff_name_parts_reorder_26", "ff", "'Last, First Middle' to 'First M. Last'.", ["name"],
                  ["Smith, John Paul", "Lee, Ann Marie", "Berg, Ole Johan", "Kim, Zoe Ann", "Weber, Max Karl",
                   "Nowak, Piotr Jan", "Lopez, Ana Sofia"],
                  lambda s: f"{s.split(', ')[1].split()[0]} {s.split(', ')[1].split()[1][0]}. {s.split(',')[0]}"))
    T.append(Task("ff_csv_third_field_27", "ff", "Third field of a pipe-delimited record.", ["record"],
                  ["1001|Ann|Berlin|DE", "1002|Bob|Paris|FR", "1003|Carla Diaz|Madrid|ES", "1004|Dan|New York|US",
                   "1005|Eve|Rome|IT", "1006|Fritz|Wien|AT", "1007|Gus|Sao Paulo|BR"], lambda s: s.split("|")[2]))
    T.append(Task("ff_mac_compact_28", "ff", "MAC address without separators, upper case.", ["mac"],
                  ["00:1a:2b:3c:4d:5e", "a4:5e:60:e8:11:22", "ff:ff:ff:00:00:01", "3c:22:fb:9a:bc:de",
                   "00:00:5e:00:53:af", "b8:27:eb:12:34:56", "dc:a6:32:ab:cd:ef"],
                  lambda s: s.replace(":", "").upper()))
    return T


def probe_tasks() -> list[Task]:
    """A second probe (category ``ff2``), written after the mechanism was built and measured once
    without any change after it: inputs whose number of parts varies between rows."""
    T = []
    T.append(Task("ff2_syslog_program_01", "ff2", "Program name of a syslog line (before the pid).", ["line"],
                  ["Mar  5 10:00:01 web01 sshd[2231]: Accepted key", "Mar 15 11:12:13 db02 postgres[77]: ready",
                   "Apr  1 00:00:00 app kernel[0]: Linux version", "May 30 23:59:59 web01 nginx[9]: reload",
                   "Jun  2 08:30:00 host-7 cron[123]: (root) CMD", "Jul 14 12:00:00 fw01 ufw[5]: BLOCK",
                   "Aug  9 09:09:09 web02 sshd[40000]: Failed password"],
                  lambda s: re.search(r" ([A-Za-z_-]+)\[", s).group(1)))
    T.append(Task("ff2_pid_02", "ff2", "Process id in square brackets.", ["line"],
                  ["web01 sshd[2231]: Accepted key", "db02 postgres[77]: ready", "app kernel[0]: Linux",
                   "web01 nginx[9]: reload", "host-7 cron[123]: (root) CMD", "fw01 ufw[5]: BLOCK [x]",
                   "web02 sshd[40000]: Failed"], lambda s: s.split("[")[1].split("]")[0]))
    T.append(Task("ff2_dotted_last_two_03", "ff2", "Registrable domain: the last two labels of a host.", ["host"],
                  ["www.example.com", "mail.google.com", "a.b.c.example.org", "example.net", "api.v2.shop.de",
                   "x.y.io", "deep.sub.domain.acme.com"], lambda s: ".".join(s.split(".")[-2:])))
    T.append(Task("ff2_java_class_04", "ff2", "Simple class name from a fully qualified Java name.", ["fqcn"],
                  ["java.util.ArrayList", "org.apache.kafka.clients.Producer", "com.acme.App", "Main",
                   "io.netty.channel.Channel", "a.B", "net.sf.json.JSONObject"], lambda s: s.rsplit(".", 1)[-1]))
    T.append(Task("ff2_package_05", "ff2", "Package of a fully qualified Java name.", ["fqcn"],
                  ["java.util.ArrayList", "org.apache.kafka.clients.Producer", "com.acme.App",
                   "io.netty.channel.Channel", "a.B", "net.sf.json.JSONObject", "x.y.z.W"],
                  lambda s: s.rsplit(".", 1)[0]))
    T.append(Task("ff2_env_var_value_06", "ff2", "Value of an environment assignment (after the first '=').",
                  ["assign"], ["PATH=/usr/bin:/bin", "HOME=/home/ann", "OPTS=-Xmx=2g -Dx=1", "EMPTYISH=0",
                               "URL=https://a.com/?q=1&r=2", "LANG=en_US.UTF-8", "X=y=z"],
                  lambda s: s.split("=", 1)[1]))
    T.append(Task("ff2_docker_image_tag_07", "ff2", "Tag of a Docker image reference (after the last ':').",
                  ["image"], ["nginx:1.25", "postgres:16-alpine", "ghcr.io/acme/api:v2.3.1", "redis:7",
                              "registry.local:5000/team/app:latest", "python:3.11-slim", "quay.io/x/y:2024-03-05"],
                  lambda s: s.rsplit(":", 1)[1]))
    T.append(Task("ff2_docker_image_name_08", "ff2", "Image name without registry, path and tag.", ["image"],
                  ["nginx:1.25", "postgres:16-alpine", "ghcr.io/acme/api:v2.3.1", "redis:7",
                   "registry.local:5000/team/app:latest", "python:3.11-slim", "quay.io/x/yy:2024-03-05"],
                  lambda s: s.rsplit("/", 1)[-1].split(":")[0]))
    T.append(Task("ff2_hours_minutes_words_09", "ff2", "'1h 05m' style duration to 'H:MM'.", ["dur"],
                  ["1h 05m", "12h 30m", "0h 45m", "3h 00m", "10h 10m", "7h 59m", "2h 01m"],
                  lambda s: s.split("h")[0] + ":" + s.split()[1][:-1]))
    T.append(Task("ff2_mention_10", "ff2", "First @mention of a chat message, without the @.", ["msg"],
                  ["thanks @ann for the fix", "@bob can you check?", "cc @carla_d and @dan", "ping @eve.m",
                   "hey @frank, see above", "@g0 done", "looping in @hr-team now"],
                  lambda s: re.search(r"@([A-Za-z0-9_.-]+)", s).group(1).rstrip(",.")))
    T.append(Task("ff2_csv_quoted_field_11", "ff2", "Second field of a CSV line whose fields are quoted.",
                  ["line"], ['"1","Ann Lee","Berlin"', '"2","Bob","Paris, FR"', '"3","Carla Diaz","Rome"',
                             '"4","Dan K.","NYC"', '"5","Eve","São Paulo"', '"6","Frank O\'Neil","Dublin"',
                             '"7","Gus","Oslo"'], lambda s: s.split('","')[1]))
    T.append(Task("ff2_initials_and_last_12", "ff2", "'First Middle Last' to 'F. M. Last' (middle optional).",
                  ["name"], ["John Paul Smith", "Ann Lee", "Mary Jo Evans", "Bo Li", "Eva Maria Berg", "Max Weber",
                             "Lin Yu Chen"],
                  lambda s: " ".join(p[0] + "." for p in s.split()[:-1]) + " " + s.split()[-1]))
    return T
