%% A Gleam-shaped JSON encoder spread over two modules: JSON values as
%% tagged tuples ({object, ...}, {array, ...}, {string, ...}, ...), string
%% escaping over UTF-8 binaries, iolist building and final flattening.
-module(gleam_json).
-compile([no_auto_import, nowarn_unused_vars, nowarn_unused_function, nowarn_nomatch]).
-define(FILEPATH, "src/gleam_json.gleam").
-export([main/0]).

-file("src/gleam_json.gleam", 4).
-spec main() -> list(binary()).
main() ->
    Person = 'gleam_json@encode':object([
        {<<"name"/utf8>>, 'gleam_json@encode':string(<<"Zoë \"Z\" Smith"/utf8>>)},
        {<<"age"/utf8>>, 'gleam_json@encode':int(37)},
        {<<"height"/utf8>>, 'gleam_json@encode':float(1.68)},
        {<<"tags"/utf8>>, 'gleam_json@encode':array([<<"a"/utf8>>, <<"b\n"/utf8>>],
            fun 'gleam_json@encode':string/1)},
        {<<"spouse"/utf8>>, 'gleam_json@encode':null()},
        {<<"active"/utf8>>, 'gleam_json@encode':bool(true)}]),
    [ 'gleam_json@encode':to_string(Person),
        'gleam_json@encode':to_string('gleam_json@encode':array([], fun 'gleam_json@encode':int/1)),
        'gleam_json@encode':to_string('gleam_json@encode':string(<<"tab\there \\ ✓"/utf8>>)),
        'gleam_json@encode':to_string('gleam_json@encode':array([1, 2, 3], fun 'gleam_json@encode':int/1)),
        'gleam_json@encode':to_string('gleam_json@encode':object([]))].
