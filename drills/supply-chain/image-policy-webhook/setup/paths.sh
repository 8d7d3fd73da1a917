# Where the backend keeps its keys, port and pid: next to the workspace, in the drill's own state folder,
# which the engine removes after cleanup.
state="$(dirname "$WORKSPACE")/image-checker"
