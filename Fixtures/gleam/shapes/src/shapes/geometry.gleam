import gleam/float
import gleam/int
import gleam/list
import gleam/result
import gleam/string

pub type Shape {
  Circle(radius: Float)
  Rectangle(width: Float, height: Float)
  Square(side: Float)
}

pub type ParseError {
  UnknownShape(name: String)
  BadNumber(text: String)
  Empty
}

pub const pi = 3.141592653589793

pub fn area(shape: Shape) -> Float {
  case shape {
    Circle(r) -> pi *. r *. r
    Rectangle(w, h) -> w *. h
    Square(s) -> s *. s
  }
}

pub fn total_area(shapes: List(Shape)) -> Float {
  list.fold(shapes, 0.0, fn(total, shape) { total +. area(shape) })
}

pub fn is_round(shape: Shape) -> Bool {
  case shape {
    Circle(_) -> True
    _ -> False
  }
}

pub fn describe(shape: Shape) -> String {
  case shape {
    Circle(r) -> "circle of radius " <> float.to_string(r)
    Rectangle(w, h) ->
      "rectangle " <> float.to_string(w) <> " by " <> float.to_string(h)
    Square(s) -> "square of side " <> float.to_string(s)
  }
}

pub fn parse(text: String) -> Result(Shape, ParseError) {
  case string.split(text, " ") {
    [""] -> Error(Empty)
    ["circle", r] -> number(r) |> result.map(Circle)
    ["square", s] -> number(s) |> result.map(Square)
    [name, ..] -> Error(UnknownShape(name))
    [] -> Error(Empty)
  }
}

fn number(text: String) -> Result(Float, ParseError) {
  case int.parse(text) {
    Ok(n) -> Ok(int.to_float(n))
    Error(Nil) -> Error(BadNumber(text))
  }
}

pub fn error_message(error: ParseError) -> String {
  case error {
    UnknownShape(name) -> "no shape is called " <> name
    BadNumber(text) -> text <> " is not a number"
    Empty -> "nothing to parse"
  }
}
