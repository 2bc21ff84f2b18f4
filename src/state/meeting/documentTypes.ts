/** The document shapes the meeting's components show and edit (src/ui reaches the stores only through src/state). */
export type {
  ActionDocument,
  MeetingSeriesDocument,
  ObservationDocument,
  PlaceDocument,
  PlanRow,
  SavedViewDocument,
  ViewSequenceDocument,
} from '../../persistence/documents';
