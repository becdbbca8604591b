"""One router per resource; routes call the judge's services and hold no logic of their own."""
