// What the command matcher knows about each tool's flags: which take a value, short and long names of
// the same flag, and which values are unordered lists. Without this, `--flag v` cannot be told apart
// from a boolean flag followed by an argument, so every tool used by a command card has an entry here
// (test/content/cards.test.ts checks that every flag in the cards is declared).
//
// Each entry is a space-separated list of flags; the names of one flag are joined by commas, the last
// being the canonical one. A suffix says what the flag takes:
//   (none) a boolean            =  a value (repeats kept in order: falco -r a -r b)
//   =,     a comma list, a set  =*  a repeatable value, a set (kubectl --group a --group b)
//   =?     an optional value, only ever attached with = (kubectl --dry-run=client)
//   =2     two values (jq --arg name value)

export type FlagKind = 'bool' | 'value' | 'list' | 'set' | 'optional' | 'pair';

export interface FlagDef {
  /** Canonical name with its dashes, e.g. --namespace. */
  name: string;
  kind: FlagKind;
}

export interface ToolSpec {
  flags: ReadonlyMap<string, FlagDef>;
  /** A long flag that is not declared takes a value (kubectl: most flags do; the booleans are listed). */
  unknownTakesValue: boolean;
  /** `-noout` is one option, not -n -o -o -u -t (openssl). */
  singleDashLong: boolean;
  /** Environment assignments that change nothing (ETCDCTL_API=3 is the default since etcd 3.4). */
  ignoreEnv: ReadonlySet<string>;
  /** kubectl: flags whose meaning depends on the subcommand (logs -p is --previous, patch -p is --patch). */
  bySubcommand?: ReadonlyMap<string, ReadonlyMap<string, FlagDef>>;
}

const SUFFIX: Record<string, FlagKind> = { '': 'value', ',': 'list', '*': 'set', '?': 'optional', '2': 'pair' };

export function flagTable(dsl: string): Map<string, FlagDef> {
  const table = new Map<string, FlagDef>();
  for (const entry of dsl.trim().split(/\s+/).filter(Boolean)) {
    const m = /^([^=]+?)(?:=([,*?2]?))?$/.exec(entry);
    if (!m) throw new Error(`bad flag spec ${entry}`);
    const names = m[1]!.split(',');
    const def: FlagDef = { name: names[names.length - 1]!, kind: m[2] === undefined ? 'bool' : SUFFIX[m[2]]! };
    for (const n of names) table.set(n, def);
  }
  return table;
}

function tool(dsl: string, options: Partial<Omit<ToolSpec, 'flags'>> = {}): ToolSpec {
  return { flags: flagTable(dsl), unknownTakesValue: false, singleDashLong: false, ignoreEnv: new Set(), ...options };
}

// kubectl v1.35: booleans and the flags with a special shape, from `kubectl <cmd> --help` and
// `kubectl options`. Any other long flag takes a value.
const KUBECTL = `
  -n,--namespace= -o,--output= -f,--filename=* -l,--selector=, -A,--all-namespaces -c,--container=
  -i,--stdin -t,--tty -L,--label-columns=, -R,--recursive -k,--kustomize= -w,--watch -q,--quiet -s,--server= -v,--v=
  -e,--env=* --dry-run=? --validate=? --cascade=?
  --verb=, --resource=, --non-resource-url=, --resource-name=* --user=* --group=* --serviceaccount=* --as-group=*
  --from-literal=* --from-file=* --from-env-file=* --field-selector=, --labels=, --annotation=* --overrides=
  --all --all-containers --all-pods --allow-missing-template-keys --append-hash --attach --command --current
  --delete-emptydir-data --disable-eviction --edit --embed-certs --expose --flatten --force --force-conflicts
  --ignore-daemonsets --ignore-errors --ignore-not-found --insecure-skip-tls-verify --keep-annotations --keep-labels
  --leave-stdin-open --list --local --match-server-version --merge --minify --no-headers --now --overwrite --prefix
  --privileged --prune --record --replace --rm --same-node --save-config --server-print --server-side --show-events
  --show-kind --show-labels --show-managed-fields --timestamps --use-protocol-buffers --wait --warnings-as-errors
  --watch-only --windows-line-endings --output-watch-events
`;

const KUBECTL_SUBCOMMANDS: Record<string, string> = {
  logs: '-f,--follow -p,--previous',
  run: '-l,--labels=,',
  patch: '-p,--patch=',
  'set env': '-c,--containers=',
  'create deployment': '-r,--replicas=',
  'config view': '--raw',
  top: '--containers',
  delete: '-i,--interactive',
};

const SUMS = '-c,--check -b,--binary -t,--text --quiet --status --strict -w,--warn --ignore-missing -z,--zero --tag';
const APT = '-y,--assume-yes,--yes -q,--quiet --purge --no-install-recommends --autoremove -s,--simulate --dry-run -f,--fix-broken --reinstall -o,--option=* -t,--target-release= -d,--download-only';

export const TOOL_SPECS: ReadonlyMap<string, ToolSpec> = new Map<string, ToolSpec>([
  [
    'kubectl',
    {
      ...tool(KUBECTL, { unknownTakesValue: true }),
      bySubcommand: new Map(Object.entries(KUBECTL_SUBCOMMANDS).map(([sub, dsl]) => [sub, flagTable(dsl)])),
    },
  ],
  [
    'openssl',
    tool(
      `-in= -out= -noout -text -key= -new -subj= -connect= -servername= -ext= -days= -CA= -CAkey= -CAcreateserial -CAserial=
       -req -x509 -newkey= -nodes -noenc -keyout= -signkey= -sha256 -set_serial= -extfile= -extensions= -config= -inform= -outform=
       -showcerts -verify -dates -subject -issuer -fingerprint -pubkey -modulus -checkend= -passin= -passout= -name= -CAfile=
       -verify_return_error -brief -batch -addext=* -enddate -startdate -serial -purpose -hash -nameopt= -certopt=`,
      { singleDashLong: true },
    ),
  ],
  [
    'trivy',
    tool(`-f,--format= -o,--output= -s,--severity=, --input= --scanners=, --ignore-unfixed -q,--quiet --no-progress --exit-code=
      --report= --include-namespaces=, --exclude-namespaces=, --timeout= --cache-dir= --skip-db-update --download-db-only
      -d,--debug --pkg-types=, --vuln-type=, --skip-dirs=, --skip-files=, --ignorefile= -t,--template= --list-all-pkgs
      --image-config-scanners=, --dependency-tree --offline-scan --server= --config-policy= --compliance= --components=,
      --kubeconfig= --context= --insecure --sbom-sources=, --exit-on-eol= --ignore-policy= --secret-config= --platform=`),
  ],
  [
    'etcdctl',
    tool(
      `--cacert= --cert= --key= --endpoints=, --user= --password= --dial-timeout= --command-timeout= -w,--write-out=
       --insecure-skip-tls-verify --insecure-transport --keys-only --prefix --print-value-only --hex --limit= --from-key
       --rev= --data-dir= --name= --discovery-srv=`,
      { ignoreEnv: new Set(['ETCDCTL_API=3']) },
    ),
  ],
  [
    'crictl',
    tool(`-a,--all -q,--quiet -v,--verbose -o,--output= --name= --id= -p,--pod= --state= --label=* --image= --digests --no-trunc
      -l,--latest -n,--last= -r,--runtime-endpoint= -i,--image-endpoint= --tail= -f,--follow --since= -t,--timestamps
      --namespace=`),
  ],
  [
    'kube-bench',
    tool(`--targets=, --check=, --skip=, --benchmark= --version= --config-dir= --config= --json --junit --noremediations
      --noresults --nosummary --scored --unscored --outputfile= --include-test-output --asff -v= --logtostderr`),
  ],
  [
    'falco',
    tool(`-r= -V,--validate= -M= -U,--unbuffered -c= -o,--option= --list=? -L -l= -A -p= -d,--daemon --dry-run -k -K= -N
      -s= --stats-interval= -P,--pidfile= -b,--print-base64 --support --version -h,--help --markdown --list-events -i
      --disable-source=* --enable-source=* --config-validate=?`),
  ],
  [
    'cosign',
    tool(`--key= --certificate= --certificate-identity= --certificate-oidc-issuer= --certificate-identity-regexp=
      --certificate-oidc-issuer-regexp= --output-signature= --output-certificate= --output= --type= -a,--annotations=*
      --predicate= -y,--yes -r,--recursive --tlog-upload --allow-insecure-registry --insecure-ignore-tlog --rekor-url=
      --signature= --attachment= --upload`),
  ],
  [
    'bom',
    tool(`-i,--image=* -o,--output= --format= -n,--namespace= -d,--dirs=* -f,--file=* --name= --license= --no-gitignore
      --no-gomod --no-transient --scan-images --image-archive=* -c,--config=`),
  ],
  [
    'curl',
    tool(`-k,--insecure -v,--verbose -s,--silent -S,--show-error -L,--location -I,--head -i,--include -f,--fail
      --resolve=* --connect-to=* -m,--max-time= --connect-timeout= --cacert= -E,--cert= --key= -H,--header=* -d,--data=*
      -X,--request= -o,--output= -O,--remote-name -u,--user= -w,--write-out= --url= -x,--proxy= --noproxy= --http1.1
      --http2 --tlsv1.2 --tlsv1.3 --retry= -4,--ipv4 -6,--ipv6 --unix-socket=`),
  ],
  [
    'wget',
    tool(`-q,--quiet -O,--output-document= -o,--output-file= -T,--timeout= -t,--tries= --spider -S,--server-response
      --no-check-certificate --header=* --user= --password= -U,--user-agent=`),
  ],
  ['nc', tool('-z -v -u -n -l -k -N -4 -6 -w= -p= -s= -q= -e= -c=')],
  [
    'ss',
    tool(`-t,--tcp -u,--udp -l,--listening -n,--numeric -p,--processes -a,--all -x,--unix -4,--ipv4 -6,--ipv6 -e,--extended
      -o,--options -m,--memory -i,--info -s,--summary -r,--resolve -H,--no-header -K,--kill -f,--family= -A,--query=,
      -Z,--context -z,--contexts -w,--raw -0,--packet -N,--net=`),
  ],
  [
    'netstat',
    tool(`-t,--tcp -u,--udp -l,--listening -n,--numeric -p,--program -a,--all -e,--extend -r,--route -i,--interfaces
      -s,--statistics -c,--continuous -W,--wide -x,--unix -4 -6 -o,--timers`),
  ],
  ['lsof', tool('-i=* -p= -u= -c= -n -P -t -a -U -r= -s=')],
  [
    'systemctl',
    tool(`--now -q,--quiet --no-pager -a,--all -t,--type=, --state=, -p,--property=* --user --system -l,--full --no-block
      -f,--force --value -n,--lines= -o,--output= -H,--host= --failed`),
  ],
  [
    'journalctl',
    tool(`-u,--unit=* -S,--since= -U,--until= -n,--lines= -o,--output= -p,--priority= -t,--identifier=* -b,--boot=?
      -f,--follow -x,--catalog -e,--pager-end -r,--reverse -k,--dmesg --no-pager -g,--grep= --no-hostname -q,--quiet
      -a,--all --system --user -D,--directory= --file=*`),
  ],
  [
    'apparmor_parser',
    tool(`-q,--quiet -r,--replace -a,--add -R,--remove -K,--skip-cache -W,--write-cache -v,--verbose -T,--skip-read-cache
      -C,--complain -N,--names -S,--stdout -B,--binary -I,--Include=* -L,--cache-loc= -M,--features-file= -O,--optimize=*
      -Q,--skip-kernel-load -j,--jobs= --warn=* -p,--preprocess -d,--debug`),
  ],
  [
    'aa-status',
    tool(`--enabled --profiled --enforced --complaining --kill --special-unconfined --process-mixed -v,--verbose --json
      --pretty-json --show= --count`),
  ],
  ['apt-get', tool(APT)],
  ['apt', tool(APT)],
  [
    'kubeadm',
    tool(`--config= --certificate-renewal --etcd-upgrade -y,--yes -f,--force --dry-run --ignore-preflight-errors=, --cert-dir=
      --kubeconfig= --kubernetes-version= --patches= -v,--v=`),
  ],
  [
    'jq',
    tool(`-r,--raw-output -c,--compact-output -s,--slurp -n,--null-input -e,--exit-status -j,--join-output -a,--ascii-output
      -S,--sort-keys -C,--color-output -M,--monochrome-output --tab --indent= -f,--from-file= --arg=2 --argjson=2
      --slurpfile=2 --rawfile=2 --args --jsonargs --seq --stream -R,--raw-input`),
  ],
  ['head', tool('-c,--bytes= -n,--lines= -q,--quiet -v,--verbose -z,--zero-terminated')],
  ['base64', tool('-d,--decode -i,--ignore-garbage -w,--wrap=')],
  ['hexdump', tool('-C -b -c -d -o -x -v -n= -s= -e=* -f=')],
  ['mkdir', tool('-p,--parents -v,--verbose -m,--mode=')],
  ['chmod', tool('-R,--recursive -v,--verbose -c,--changes -f,--quiet --reference=')],
  ['chown', tool('-R,--recursive -v,--verbose -c,--changes -f,--quiet --reference=')],
  [
    'grep',
    tool(`-i,--ignore-case -v,--invert-match -n,--line-number -r,--recursive -R,--dereference-recursive -l,--files-with-matches
      -c,--count -E,--extended-regexp -F,--fixed-strings -w,--word-regexp -x,--line-regexp -o,--only-matching -q,--quiet
      -s,--no-messages -H,--with-filename -h,--no-filename -e,--regexp=* -f,--file=* -m,--max-count= -A,--after-context=
      -B,--before-context= -C,--context= --include=* --exclude=* --color=?`),
  ],
  ['cat', tool('-n,--number -A,--show-all -v -e -t -b -s')],
  ['kubesec', tool('-f,--format= -o,--output-file= --template= --exit-code= --schema-dir= --debug -t,--timeout= --kubernetes-version=')],
  [
    'kube-linter',
    tool(`--config= --format= --include=* --exclude=* --add-all-built-in --do-not-auto-add-defaults
      --fail-if-no-objects-found --fail-on-invalid-resource -v,--verbose`),
  ],
  ['cilium', tool('-n,--namespace= --context= -o,--output= --node-name= --wait')],
  ['cilium-dbg', tool('-o,--output= -D,--debug')],
  ['sha512sum', tool(SUMS)],
  ['sha256sum', tool(SUMS)],
  ['sha1sum', tool(SUMS)],
  ['md5sum', tool(SUMS)],
  ['ufw', tool('--dry-run --force')],
  ['echo', tool('-n -e -E')],
  ['sleep', tool('')],
  ['touch', tool('-a -m -c -d,--date= -r,--reference= -t=')],
  ['dmesg', tool('-T,--ctime -w,--follow -l,--level=, -H,--human -k,--kernel -x,--decode')],
  ['uname', tool('-a,--all -r,--kernel-release -s,--kernel-name -n,--nodename -m,--machine -v,--kernel-version -o,--operating-system -p -i')],
  ['ls', tool('-l -a,--all -A -h -d -R -Z -n -t -r -1 -i')],
  ['ps', tool('-e -f -a -u= -x -o= -p=')],
]);
