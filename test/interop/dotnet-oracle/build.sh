#!/usr/bin/env bash
# Builds the project's .NET oracle (copied from shared/tools/dotnet-oracle; see README.md) into the
# gitignored bin/ next to this script: xmlgen.exe and xmlclient.exe for the interop tests, jsongen.exe
# so the JSON helpers can reuse the same binary directory. Skips work when bin/ is newer than every
# source file.
set -euo pipefail
cd "$(dirname "$0")"
mkdir -p bin
newest_src=$(ls -t src/*.cs | head -1)
up_to_date=yes
for exe in xmlgen xmlclient jsongen; do
  [ -f "bin/$exe.exe" ] && [ "bin/$exe.exe" -nt "$newest_src" ] && [ "bin/$exe.exe" -nt build.sh ] || up_to_date=no
done
if [ "$up_to_date" = yes ]; then
  echo "up to date: bin/xmlgen.exe bin/xmlclient.exe bin/jsongen.exe"; exit 0
fi
JSONNET=$(pkg-config --libs newtonsoft-json 2>/dev/null) ||
  { echo "Newtonsoft.Json not found (pkg-config newtonsoft-json): apt-get install libnewtonsoft-json-cil-dev" >&2; exit 1; }
REFS="-r:System.Runtime.Serialization.dll -r:System.Xml.dll -r:System.Xml.Linq.dll -r:System.Core.dll $JSONNET"
COMMON="src/Dtos.cs src/StackportApp.cs src/Samples.cs src/Common.cs src/Catalog.cs src/WebApiJson.cs src/XmlGen.cs"
mcs -nologo -target:exe -optimize+ $REFS -main:DotnetOracle.XmlGen    -out:bin/xmlgen.exe    $COMMON
mcs -nologo -target:exe -optimize+ $REFS -main:DotnetOracle.XmlClient -out:bin/xmlclient.exe $COMMON src/XmlClient.cs
mcs -nologo -target:exe -optimize+ $REFS -main:DotnetOracle.JsonGen   -out:bin/jsongen.exe   $COMMON src/JsonGen.cs
echo "built: bin/xmlgen.exe bin/xmlclient.exe bin/jsongen.exe"
