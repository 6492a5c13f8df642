-module(script_helper).
-export([shout/1]).

shout(Words) -> string:uppercase(lists:join(" ", Words)).
