-module(mini@io).
-export([println/1, debug/1]).

println(Text) -> mini_stdlib_ffi:print([Text, $\n]).

debug(Term) -> mini_stdlib_ffi:print([io_lib:format("~tp", [Term]), $\n]), Term.
