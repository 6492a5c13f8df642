-module(dynamic_target).
-export([hello/0]).

hello() -> reached.
