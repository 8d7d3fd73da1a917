// etcdctl, so learners (and the etcd check) can read raw stored values as on the exam.
package main

import "go.etcd.io/etcd/etcdctl/v3/ctlv3"

func main() {
	ctlv3.MustStart()
}
