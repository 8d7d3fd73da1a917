// Entry point equivalent to go.etcd.io/etcd/server/v3's etcd binary, for the lab.
package main

import (
	"os"

	"go.etcd.io/etcd/server/v3/etcdmain"
)

func main() {
	etcdmain.Main(os.Args)
}
