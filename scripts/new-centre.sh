#!/usr/bin/env bash
# Creates a new centre module from centre-template/.
#
#   scripts/new-centre.sh <id> "<Name>" [directory]
#
# <id> is the centre's stable id in lower-case kebab case (for example fair-housing);
# "<Name>" its display name. Writes centre-<id>/ under [directory] (default: the
# repository root). See docs/shipping-a-centre.md for the next steps.
set -euo pipefail

root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
template="$root/centre-template"

usage() {
  echo "usage: scripts/new-centre.sh <id> \"<Name>\" [directory]" >&2
  echo "  <id>    lower-case letters, digits and single hyphens, starting with a letter (e.g. fair-housing)" >&2
  echo "  <Name>  the centre's display name (e.g. \"Fair Housing Centre\")" >&2
  exit 2
}

[ $# -ge 2 ] && [ $# -le 3 ] || usage
id="$1"
name="$2"
into="${3:-$root}"

if ! [[ "$id" =~ ^[a-z][a-z0-9]*(-[a-z0-9]+)*$ ]]; then
  echo "new-centre: id '$id' is not allowed: use lower-case letters, digits and single hyphens, starting with a letter (e.g. fair-housing)" >&2
  exit 2
fi
if [ -z "${name// /}" ] || [[ "$name" == *[\"\\\|]* ]]; then
  echo "new-centre: name '$name' is not allowed: give a display name without quotes, backslashes or '|' (e.g. \"Fair Housing Centre\")" >&2
  exit 2
fi

case "${id//-/}" in
  abstract|assert|boolean|break|byte|case|catch|char|class|const|continue|default|do|double|else|enum|extends|final|finally|float|for|goto|if|implements|import|instanceof|int|interface|long|native|new|package|private|protected|public|return|short|static|strictfp|super|switch|synchronized|this|throw|throws|transient|try|void|volatile|while|true|false|null|var|record|yield)
    echo "new-centre: id '$id' would make the Java package '${id//-/}', a reserved word; choose another id" >&2
    exit 2 ;;
esac

target="$into/centre-$id"
if [ -e "$target" ]; then
  echo "new-centre: $target already exists; choose another id or remove it" >&2
  exit 1
fi

# fair-housing -> package fairhousing, class FairHousing, field fairHousing
package="${id//-/}"
class=""
IFS='-' read -ra parts <<< "$id"
for part in "${parts[@]}"; do class+="$(printf '%s' "${part:0:1}" | tr '[:lower:]' '[:upper:]')${part:1}"; done
field="$(printf '%s' "${class:0:1}" | tr '[:upper:]' '[:lower:]')${class:1}"
sed_name="$(printf '%s' "$name" | sed 's/[&]/\\&/g')"

mkdir -p "$into"
cp -R "$template" "$target"

# Rename folders and files with tokens in their names, deepest first.
find "$target" -depth -name '*__*__*' | while read -r path; do
  base="$(basename "$path")"
  renamed="${base//__ID__/$id}"
  renamed="${renamed//__PACKAGE__/$package}"
  renamed="${renamed//__CLASS__/$class}"
  mv "$path" "$(dirname "$path")/$renamed"
done

# Replace tokens in every file.
find "$target" -type f | while read -r file; do
  sed -i.bak -e "s|__ID__|$id|g" -e "s|__PACKAGE__|$package|g" -e "s|__CLASS__|$class|g" \
    -e "s|__FIELD__|$field|g" -e "s|__NAME__|$sed_name|g" "$file"
  rm -f "$file.bak"
done

echo "Created $target (centre id '$id', plugin org.whatworks.$package.${class}Centre)."
echo "It compiles against whatworks-centre-api and tests with whatworks-centre-test; once per platform"
echo "version, install them with: ./mvnw -q -pl app,bom -am install -DskipTests"
echo "Next: ./mvnw -q -f ${target#"$root"/}/pom.xml install   (see docs/shipping-a-centre.md)"
