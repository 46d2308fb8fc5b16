#!/usr/bin/env bash
# Rebuilds docs/cli.md from the commands' own --help, walking every subcommand.
set -euo pipefail
cd "$(dirname "$0")/.."
commands() { # the subcommands listed under "Commands:" of one command's help
  ./marsad $1 --help 2>/dev/null | sed -n '/^Commands:/,$p' | grep -E '^  [a-z][a-z-]+ ' | awk '{print $1}' | grep -v '^help$' || true
}
walk() {
  local c="$1"
  echo "## \`marsad${c:+ $c}\`"; echo; echo '```'; ./marsad $c --help 2>/dev/null; echo '```'; echo
  for s in $(commands "$c"); do walk "${c:+$c }$s"; done
}
{
  cat <<'HEAD'
# Command line

Every command is reached through the launcher `./marsad` at the repository root, which builds the project on
first use (and after a source change) and runs `java -jar marsad-cli/target/marsad.jar`. Set
`MARSAD_JAVA_OPTS` to pass JVM options (default `-Xmx4g`).

Exit status, for every command: 0 all went well; 1 some input was rejected (each rejection is reported on
standard error with its file, line and byte offset, and everything else was processed); 2 a usage error;
3 the command could not do its work.

Commands that read articles take the same inputs as `analyze`: plain-text files (first non-empty line is the
headline), JSONL (`id`, `title`, `text`, `published`, `source`, `url`; other fields are kept as metadata),
`.json`, directories of them (recursively), their `.gz`, standard input (`-` or no path), or `--sample` (the
bundled 3,000 Jawhara FM articles).

The rest of this page is the commands' own `--help`, gathered by `docs/cli.sh`.

HEAD
  walk ""
} > docs/cli.md
